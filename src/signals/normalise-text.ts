import type { Repo } from '../types.js';

// What is stripped from a title or comment before comparing: punctuation, symbols (emoji among them), and
// the invisible characters that join or vary emoji or hide inside words.
const noise = /[\p{P}\p{S}\p{Cf}\u20e3\ufe0e\ufe0f]/gu;
// Leading tags ("[Docs]", "(feat)") and leading noise ("🚀 ", "- "), as many as there are.
const leading = /^(?:\s+|\[[^\]]*\]|\([^)]*\)|[^\p{L}\p{N}[(])+/u;

// The contract's normalised text: NFKC, case-folded, leading [tags] and (tags) off, every punctuation mark,
// symbol and emoji removed, whitespace collapsed. "[Docs] Add tea.yaml 🚀" and "add TEA yaml" are one text.
export function normaliseText(text: string): string {
  // Upper then lower folds what lower alone does not ("ß" → "ss"), close enough to Unicode case folding.
  let t = text.normalize('NFKC').toUpperCase().toLowerCase();
  for (let m = leading.exec(t); m && m[0].length > 0; m = leading.exec(t)) t = t.slice(m[0].length);
  return t.replace(noise, ' ').replace(/\s+/g, ' ').trim();
}

// The placeholder for the target repo's name and owner: a symbol, so no normalised text can contain it.
export const repoPlaceholder = '§';

// The two forms a text is counted under: as it is, and with the name and owner of the repo it was sent to
// masked as whole words ("Add tea.yaml to chart" on maxhumber/chart is "add tea yaml to §").
export function textForms(text: string, repo: Repo): { plain: string; masked: string } {
  const plain = normaliseText(text);
  let masked = ` ${plain} `;
  for (const word of [normaliseText(repo.name), normaliseText(repo.owner)]) {
    if (word === '') continue;
    masked = masked.split(` ${word} `).join(` ${repoPlaceholder} `);
    // A second pass catches a word that repeats back to back ("chart chart"), which the split leaves half done.
    masked = masked.split(` ${word} `).join(` ${repoPlaceholder} `);
  }
  return { plain, masked: masked.trim() };
}
