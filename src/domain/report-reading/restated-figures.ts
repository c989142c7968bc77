/** A token of a sentence as the mention finder reads it: its folded text and its kind. */
interface TokenLike {
  text: string;
  kind: string;
}

/**
 * Where a figure written in words ends when its digits follow it in brackets ("chín trăm bốn
 * mươi hai (942) hội viên"): at the closing bracket, so that the figure is one number (the
 * number reader reads it so) and the words after the bracket are its own. `last` is the index
 * of its last word; it is returned unchanged when no bracketed digits follow.
 */
export function restatedEnd(tokens: readonly TokenLike[], last: number): number {
  const [open, digits, close] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  return open?.text === "(" && digits?.kind === "literal" && close?.text === ")" ? last + 3 : last;
}
