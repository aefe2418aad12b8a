export async function indexDocument(search, documentId) {
    if (!search)
        return 0;
    return search.index([documentId]);
}
//# sourceMappingURL=stage.js.map