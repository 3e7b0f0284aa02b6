import { describe, expect, test } from 'vitest';
import { judge, verdictText } from '../../../src/client/choice-verdict.ts';

describe('judging an answer', () => {
  test('nothing chosen, the right one, some of the right ones, or a wrong one among them', () => {
    expect(judge([], ['1'])).toBe('none');
    expect(judge(['1'], ['1'])).toBe('right');
    expect(judge(['2', '1'], ['1', '2'])).toBe('right');
    expect(judge(['1'], ['1', '2'])).toBe('partly');
    expect(judge(['1', '3'], ['1', '2'])).toBe('wrong');
    expect(judge(['3'], ['1'])).toBe('wrong');
  });

  test('what the live region says first', () => {
    expect(verdictText('none', 'question', false)).toBe('Välj ett svar först.');
    expect(verdictText('none', 'question', true)).toBe('Välj minst ett svar först.');
    expect(verdictText('right', 'question', false)).toBe('Rätt svar.');
    expect(verdictText('partly', 'question', true)).toBe('Delvis rätt. Det finns fler rätta svar.');
    expect(verdictText('wrong', 'question', false)).toBe('Inte rätt.');
    expect(verdictText('none', 'case', false)).toBe('Välj vad du gör först.');
    expect(verdictText('wrong', 'case', false)).toBe('');
  });
});
