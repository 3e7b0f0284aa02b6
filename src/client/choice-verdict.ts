/** How an answer in a knowledge check or practice case is judged, and what the live region says first. */

export type Verdict = 'none' | 'right' | 'partly' | 'wrong';

/** Compares the chosen options with the right ones. "partly": some right ones chosen and no wrong one. */
export function judge(chosen: readonly string[], correct: readonly string[]): Verdict {
  if (chosen.length === 0) return 'none';
  const right = new Set(correct);
  const wrongChosen = chosen.filter((value) => !right.has(value));
  if (wrongChosen.length > 0) return 'wrong';
  return chosen.length === right.size ? 'right' : 'partly';
}

/** What the live region says first, before the explanations of the options. */
export function verdictText(verdict: Verdict, kind: 'question' | 'case', multiple: boolean): string {
  if (kind === 'case') return verdict === 'none' ? 'Välj vad du gör först.' : '';
  switch (verdict) {
    case 'none':
      return multiple ? 'Välj minst ett svar först.' : 'Välj ett svar först.';
    case 'right':
      return 'Rätt svar.';
    case 'partly':
      return 'Delvis rätt. Det finns fler rätta svar.';
    case 'wrong':
      return 'Inte rätt.';
  }
}
