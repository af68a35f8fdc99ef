/**
 * Text from the service is chosen by others (`original_filename` by whoever uploaded the
 * file, `detail` by whatever answered), so before it reaches a terminal every character a
 * terminal acts on is shown as an escape instead: C0 controls (ESC starts colour, cursor and
 * title sequences; CR and BS overwrite what was printed), DEL, C1 controls (CSI, OSC) and the
 * Unicode marks that reorder the text after them (bidi overrides and isolates, line and
 * paragraph separators). JSON output never passes through here: it must stay exact.
 */

// \p{Cc}: C0, DEL and C1; Bidi_Control: the marks, overrides and isolates (U+061C, U+200E/F,
// U+202A–E, U+2066–9); U+2028/9 end a line on some terminals.
const terminalControls = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;
const terminalControlsButNewline = /(?!\n)[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;

function shownAsEscape(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One line's worth of text, safe to print: `'a\x1b[31mb'` becomes the visible `a\x1b[31mb`.
 * @example
 * neutralize('evil\x1b]0;title\x07.jpg'); // 'evil\\x1b]0;title\\x07.jpg'
 */
export function neutralize(text: string): string {
  return text.replace(terminalControls, shownAsEscape);
}

/** {@link neutralize}, keeping line breaks: for text of several lines. */
export function neutralizeLines(text: string): string {
  return text.replace(terminalControlsButNewline, shownAsEscape);
}
