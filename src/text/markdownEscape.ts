/**
 * Escapes text for a Markdown hover so it renders literally: every ASCII punctuation character with a
 * meaning in Markdown, HTML or autolinks (`:` stops `https://` links) gets a backslash, which
 * CommonMark allows for all of them; line breaks become spaces. KB text goes
 * through here, so `[x](command:…)`, `<img onerror=…>` or a stray backtick stay plain text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&=:$^@/]/g, (c) => '\\' + c);
}
