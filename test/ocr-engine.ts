// The OCR engine the tests read with: whichever CASEFILE_OCR_ENGINE (default auto) picks on this
// machine, as the product does (ingest/ocr/native-engine.ts chooseEngine): CASEFILE_OCR_ENGINE=native
// runs them on native tesseract.
import {
  chooseEngine,
  findNativeTesseract,
  type NativeBinary,
} from '../ingest/ocr/native-engine.js';

const setting = process.env.CASEFILE_OCR_ENGINE;

/** The pool option that selects the engine `auto` (or CASEFILE_OCR_ENGINE) picks: `{ native }` or nothing. */
export function testEngine(): { native?: NativeBinary } {
  const choice = chooseEngine(
    setting === 'native' || setting === 'wasm' ? setting : 'auto',
    findNativeTesseract(),
  );
  return choice.binary ? { native: choice.binary } : {};
}
