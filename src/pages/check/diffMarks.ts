/** How a diff line shows: its mark for the eye, and the word a screen reader says instead. */
export const DIFF_MARK = { same: ' ', removed: '-', added: '+' } as const;
export const DIFF_SAID = { same: '', removed: 'Removed: ', added: 'Added: ' } as const;
