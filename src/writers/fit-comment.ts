// GitHub refuses an issue or PR comment over 65,536 characters: 422 "Body is too long (maximum is 65536
// characters)" (https://github.com/danger/danger/issues/424, https://github.com/elastic/kibana/issues/71307).
export const maxCommentLength = 65_536;

const cutNote = '\n\n… (cut here: GitHub takes at most 65,536 characters in a comment)';

// A comment that outgrew the limit once its placeholders were filled is cut at the end, so the hidden marker
// it starts with stays: at the last line break, or the last space on a long line, that keeps most of it
// (never inside an escape such as `&lt;` or a character's surrogate pair), then a note that says so.
export function fitComment(body: string): string {
  if (body.length <= maxCommentLength) return body;
  const room = maxCommentLength - cutNote.length;
  const head = body.slice(0, room);
  const line = head.lastIndexOf('\n');
  const space = head.search(/\s\S*$/);
  let at = line > room / 2 ? line : space > room / 2 ? space : room;
  if (at === room && /[\ud800-\udbff]/.test(head.charAt(room - 1))) at -= 1;
  return `${body.slice(0, at).trimEnd()}${cutNote}`;
}
