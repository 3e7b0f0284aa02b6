/** The text with a full stop added unless it already ends a sentence. */
export const withStop = (text: string) => (/[.?!:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
