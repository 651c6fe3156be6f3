import { escapeText, fold, renderCalendar } from './icalendar';

describe('iCalendar writing', () => {
  it('escapes the characters that have meaning in TEXT values', () => {
    expect(escapeText('Atlas, Inc.; notice\\due\nnow')).toBe(
      'Atlas\\, Inc.\\; notice\\\\due\\nnow',
    );
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = fold(line).split('\r\n');

    expect(folded.every((part) => Buffer.byteLength(part, 'utf8') <= 75)).toBe(true);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('ends every line with CRLF and gives all-day events the next day as their end', () => {
    const text = renderCalendar(
      'Renewals',
      [{ uid: 'u-1', date: '2026-02-28', summary: 'S', description: 'D', alarmsDaysBefore: [90] }],
      new Date('2026-01-01T10:00:00Z'),
    );

    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n')).toEqual(
      expect.arrayContaining([
        'DTSTART;VALUE=DATE:20260228',
        'DTEND;VALUE=DATE:20260301',
        'TRIGGER:-P90D',
        'DTSTAMP:20260101T100000Z',
      ]),
    );
  });
});
