import { fitComment } from './fit-comment.js';

// Hidden markers that identify the action's own comments (together with the token's identity).
export const markers = {
  welcome: '<!-- newcomer-triage:welcome -->',
  report: '<!-- newcomer-triage:report -->',
  merged: '<!-- newcomer-triage:merged -->',
} as const;
export type CommentKind = keyof typeof markers;
export const allMarkers = Object.values(markers);

export function kindOf(body: string): CommentKind | null {
  const found = (Object.keys(markers) as CommentKind[]).find((k) => body.includes(markers[k]));
  return found ?? null;
}

// User text can never carry a marker into our comments: escaping turns "<" into "&lt;". This strips the
// marker text from maintainer-written templates too, so one kind cannot pose as another. The marker leads,
// so a body cut to GitHub's length keeps it.
export function withMarker(kind: CommentKind, body: string): string {
  let clean = body;
  for (const m of allMarkers) clean = clean.split(m).join('');
  return fitComment(`${markers[kind]}\n${clean}`);
}
