// Text from users (logins, names, bios, titles, bodies) made inert for GitHub-flavoured Markdown, on one line:
// no mention, no HTML, no link or image, no issue reference, no table or code-fence break. A zero-width space
// breaks what GitHub would otherwise recognise after rendering (mentions, autolinks, references); backslashes
// and entities handle the Markdown and HTML syntax.
const zws = '\u200b';

// Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they reorder what follows them,
// so a title could make the summary read other than it is ("Trojan Source").
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

export function escapeText(text: string, maxLength = 200): string {
  let t = text
    .replace(bidiControls, '')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim();
  if (t.length > maxLength) t = `${t.slice(0, maxLength - 1)}…`;
  return t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#!|~]/g, '\\$&')
    .replace(/@/g, `@${zws}`)
    .replace(/:\/\//g, `:${zws}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${zws}.`)
    .replace(/\\#(?=\d)/g, `\\#${zws}`)
    .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${zws}-`);
}

// The login rule: a login as GitHub allows it (an app's bot account ends in [bot]) can be linked and
// mentioned; anything else is shown escaped and unlinked.
const loginPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

export function authorLink(login: string, serverUrl: string): string {
  if (!loginPattern.test(login)) return escapeText(login, 60);
  return `[${escapeText(login)}](${serverUrl}/${login.replace(/\[bot\]$/, '')})`;
}

export function isPlainLogin(login: string): boolean {
  return loginPattern.test(login);
}

// An app's bot account, by its login (the payload's `type` says Bot too, but not every source carries it).
export function isBotLogin(login: string): boolean {
  return login.toLowerCase().endsWith('[bot]');
}
