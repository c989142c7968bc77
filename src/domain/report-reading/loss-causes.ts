/** A token of a sentence as the mention finder reads it. */
interface TokenLike {
  text: string;
  kind: string;
}

/**
 * The tokens without the causes a loss names before its number ("số đoàn viên giảm do trưởng
 * thành, chuyển sinh hoạt là 3.095", "giảm do chuyển nghề, chuyển đi nơi khác, từ trần: 318"):
 * the words after "giảm do" up to the "là" or ":" before the number say why, not what is
 * counted, and would push the indicator's words out of the number's reach.
 */
export function withoutLossCauses<T extends TokenLike>(tokens: readonly T[]): T[] {
  const kept: T[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as T;
    kept.push(token);
    if (token.text !== "do" || tokens[index - 1]?.text !== "giam") continue;
    const end = causeEnd(tokens, index + 1);
    if (end !== undefined) index = end - 1;
  }
  return kept;
}

/** Where the cause from `from` ends: at the "là" or ":" right before a number, if one comes before any number. */
function causeEnd(tokens: readonly TokenLike[], from: number): number | undefined {
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index] as TokenLike;
    if (token.kind === "literal" || token.text === ";" || token.text === "(") return undefined;
    if ((token.text === "la" || token.text === ":") && tokens[index + 1]?.kind === "literal") return index;
  }
  return undefined;
}
