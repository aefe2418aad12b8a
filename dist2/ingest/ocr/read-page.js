// Reading one page: skew, the choice of its models, recognition, orientation and the second readings
// its models call for. A page's reading depends on its pixels and the configuration alone: no state
// is shared between pages, so which page finishes first, or which models a worker last held, never
// changes how a page is read.
import { chooseLanguages } from './language-id.js';
import { band, sampleBand } from './language-sample.js';
import { readFramedRegions } from './framed-regions.js';
import { rereadMrzLines } from './mrz-lines.js';
import { readAgainWhereNeeded } from './second-reading.js';
import { deskew, resize, rotate, toPgm } from './raster.js';
/** OSD is asked only for an upright page's rotation when it is this sure (tesseract's own scale). */
const MIN_ORIENTATION_CONFIDENCE = 2;
/** Skew below this is left alone (tesseract copes, and resampling costs sharpness); above the maximum the
 *  measurement is more likely wrong than the page. */
const MIN_SKEW_DEGREES = 0.3;
const MAX_SKEW_DEGREES = 10;
/** Long sides of the small copies used to measure skew and to detect orientation. */
const SKEW_LONG_SIDE = 1000;
const OSD_LONG_SIDE = 1600;
/** Mean word confidence below which a reading is poor enough to ask OSD whether the page is turned. */
const POOR_READING = 0.6;
/** Weaker evidence, enough to drop a model; and the confidence of a reading left alone. */
const SOME_EVIDENCE = 5;
const CLEAN_READING = 0.85;
/** Models of the first reading of a page in Cyrillic script (or unknown script). */
export const FIRST_PASS = ['rus', 'eng'];
/** Cue words and letters that make a language choice trustworthy enough to act on. */
const STRONG_EVIDENCE = 10;
/**
 * Reads one page: skew, language choice, recognition, orientation, second readings. The result
 * depends on the page's pixels and the configuration only, never on other pages or on what the
 * pool's workers did before (language choice must not follow scheduling).
 */
export async function readPage(pool, rendered, dpi, configured) {
    let raster = rendered;
    // Skew is measured by tesseract's line finder on a small copy, and corrected when it matters.
    const skew = await pool.measureSkew(toPgm(await shrink(raster, SKEW_LONG_SIDE))).catch(() => 0);
    const skewDegrees = (skew * 180) / Math.PI;
    const straightened = Math.abs(skewDegrees) >= MIN_SKEW_DEGREES && Math.abs(skewDegrees) <= MAX_SKEW_DEGREES;
    if (straightened)
        raster = await deskew(raster, skewDegrees);
    const small = await shrink(raster, SKEW_LONG_SIDE);
    const planned = await planLanguages(pool, raster, small, dpi, configured);
    let read = await readInBestLanguages(pool, toPgm(raster), dpi, configured, null, planned);
    // Orientation: an upright page reads well, so OSD is asked only when the reading is poor; most
    // pages never pay for it. A page OSD finds turned is turned upright and read again.
    let turned = 0;
    const sideways = mostlyVertical(read.result.words);
    if (read.result.confidence < POOR_READING || sideways) {
        const osd = await pool
            .detect(toPgm(await shrink(raster, OSD_LONG_SIDE)))
            .catch(() => undefined);
        if (osd && osd.rotate !== 0 && osd.orientationConfidence >= MIN_ORIENTATION_CONFIDENCE) {
            const upright = await rotate(raster, osd.rotate);
            const again = await readInBestLanguages(pool, toPgm(upright), dpi, configured, osd.script);
            // Tesseract reads sideways text confidently but in a scrambled order: there, trust OSD.
            if (sideways || again.result.confidence > read.result.confidence) {
                read = again;
                raster = upright;
                turned = osd.rotate;
            }
        }
    }
    const pgm = toPgm(raster);
    const reread = await readAgainWhereNeeded(pool, pgm, dpi, read.result, read.languages);
    const framed = await readFramedRegions(pool, raster, turned ? await shrink(raster, SKEW_LONG_SIDE) : small, dpi, regionCandidates(read.languages, configured), reread);
    const { text, words } = await rereadMrzLines(pool, pgm, dpi, framed.result);
    const decision = [
        `OCR at ${dpi} dpi`,
        turned ? `turned ${turned}° by OSD` : null,
        straightened ? `deskewed ${skewDegrees.toFixed(1)}°` : `skew ${skewDegrees.toFixed(1)}°`,
        `languages ${read.languages.join('+')} (${read.reason})`,
        framed.regions
            ? `${framed.regions} framed region${framed.regions === 1 ? '' : 's'} read apart`
            : null,
    ]
        .filter(Boolean)
        .join('; ');
    return {
        raster,
        text,
        words,
        confidence: framed.result.confidence,
        languages: read.languages,
        decision,
    };
}
/**
 * Models to try on a framed region (a stamp): the page's own first, then each Cyrillic model beside
 * English, as stamps on a page are often in another language than the page (border posts of
 * several countries in one passport).
 */
function regionCandidates(page, configured) {
    if (configured !== 'auto')
        return [configured];
    const sets = [page, ['rus', 'eng'], ['ukr', 'eng'], ['tgk', 'eng']];
    return sets.filter((s, i) => sets.findIndex((t) => t.join('+') === s.join('+')) === i);
}
/** Tesseract reads a sideways page as vertical text: words much taller than wide give it away. */
function mostlyVertical(words) {
    const long = words.filter((w) => [...w.text].length >= 3);
    const tall = long.filter((w) => w.y1 - w.y0 > 1.5 * (w.x1 - w.x0)).length;
    return long.length > 0 && tall / long.length > 0.5;
}
async function shrink(r, longSide) {
    const scale = longSide / Math.max(r.width, r.height);
    return scale < 1 ? resize(r, Math.round(r.width * scale), Math.round(r.height * scale)) : r;
}
/**
 * Chooses a page's models before its full reading, from a sample of a few of its lines read in
 * rus+eng (see language-sample.ts); undefined when the models are configured, or when the sample says
 * too little.
 */
async function planLanguages(pool, raster, small, dpi, configured) {
    if (configured !== 'auto')
        return undefined;
    // Every page takes its own sample, and no other page's choice is reused. A sample of another page
    // is no evidence for this one (a Ukrainian page bound with an English one), a page read in a wrong
    // script's models hides the evidence that would correct it, and reusing the choice of whichever
    // page of the document finished first made the choice depend on scheduling.
    const rows = sampleBand(small, raster.height);
    const sample = await pool
        .recognize(toPgm(band(raster, rows.top, rows.height)), FIRST_PASS, dpi)
        .catch(() => undefined);
    const check = chooseLanguages(sample?.text ?? '');
    if (check.evidence < SOME_EVIDENCE)
        return undefined;
    const where = `${rows.lines ? `${rows.lines} lines` : 'a band'} of the page`;
    // Russian (with or without Latin words) is read as a first reading always was, in rus+eng, and
    // left to the full reading's check: a sample's share of Latin letters is too noisy to drop or
    // keep English on. The sample saves the second full reading of the other languages.
    if (check.languages.every((l) => l === 'rus' || l === 'eng') && check.languages.includes('rus'))
        return { languages: FIRST_PASS, reason: `Russian by ${where}` };
    return { languages: check.languages, reason: `sampled ${where}: ${check.reason}` };
}
/**
 * Chooses the models for a page and reads it. Configured languages are used as they are. Otherwise
 * the page is read in those its sample chose (planLanguages), or else in the usual models of its
 * script when OSD named one (Latin: eng), rus+eng otherwise; the reading is then checked, and the
 * page read again in other languages only when the text clearly says so. (A quick first pass on a
 * smaller copy of the whole page was tried: recognition time follows the number of text lines, not
 * pixels, so it cost nearly a full reading; hence a sample of a few lines.)
 */
async function readInBestLanguages(pool, pgm, dpi, configured, script = null, planned) {
    if (configured !== 'auto') {
        const languages = configured;
        return { result: await pool.recognize(pgm, languages, dpi), languages, reason: 'configured' };
    }
    let languages = planned?.languages ?? (script === 'Latin' ? ['eng'] : FIRST_PASS);
    let reason = planned?.reason ?? `first reading by script (${script ?? 'unknown'})`;
    let result = await pool.recognize(pgm, languages, dpi);
    const check = chooseLanguages(result.text);
    const read = languages;
    // Read again when the text asks for a model the reading lacked, or when a poor reading carried a
    // model the text does not need (on hard pages, a spare English model turns Cyrillic into Latin).
    const missing = check.evidence >= STRONG_EVIDENCE && check.languages.some((l) => !read.includes(l));
    const surplus = check.evidence >= SOME_EVIDENCE &&
        result.confidence < CLEAN_READING &&
        check.languages.length < read.length &&
        check.languages.every((l) => read.includes(l));
    if (missing || surplus) {
        result = await pool.recognize(pgm, check.languages, dpi);
        languages = check.languages;
        reason = `read again in ${check.reason}`;
    }
    return { result, languages, reason };
}
//# sourceMappingURL=read-page.js.map