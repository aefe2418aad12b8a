const registry = new Map();
export function registerReader(reader) {
    for (const type of reader.mediaTypes)
        registry.set(type, reader);
}
export function readerFor(mediaType) {
    return registry.get(mediaType);
}
//# sourceMappingURL=readers.js.map