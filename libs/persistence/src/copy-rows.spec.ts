import { copyText } from './copy-rows';

describe('copyText', () => {
  it('writes null as \\N and escapes what would split a row or a cell', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyText(42)).toBe('42');
    expect(copyText('{"title":"x"}')).toBe('{"title":"x"}');
  });
});
