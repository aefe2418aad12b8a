// Who wrote a document: the person a letter or a statement names as its writer, by the words that
// introduce the writer ("меня зовут X", "My name is X", "Applicant X") or sign it ("С уважением, X").
// The claims read first-person sentences as that person's; the extractor gives the relatives the
// writer names by a kinship noun ("my daughter X") the writer's family name.
// "Меня зовут X", "My name is X", "Applicant X", and a letter's signature.
const SELF = /(?:с у[вб]ажением|меня зовут|мене звати|my name is|nazywam się|номи ман|je m'appelle|applicant|заявитель|заявник|wnioskodawc\p{L}*|с уважением|з повагою|z poważaniem|sincerely|yours|твой|твоя|ваш|ваша)[\s,:]*$/iu;
// A statement's opening formula: "Я, X, …", "Ман, X, …", "I, X, …", "Ja, X, …", "Je, X, …".
const I_COMMA = /(?:^|[\n.!?]\s*)(?:я|ман|i|ja|je)\s*,\s*$/iu;
/** The first person mention a signature or an introduction names as the writer. */
export function speakerOf(pages, persons) {
    for (const e of persons) {
        const page = pages.find((p) => p.page === e.page);
        if (page && SELF.test(page.text.slice(Math.max(0, e.start - 30), e.start)))
            return e;
    }
    return undefined;
}
/** The writer: a signature's or an introduction's person (speakerOf), else the person of an opening "I, X,". */
export function writerOf(pages, persons) {
    return (speakerOf(pages, persons) ??
        persons.find((e) => {
            const page = pages.find((p) => p.page === e.page);
            return (page !== undefined && I_COMMA.test(page.text.slice(Math.max(0, e.start - 12), e.start)));
        }));
}
//# sourceMappingURL=writer.js.map