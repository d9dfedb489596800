import { describe, expect, it } from 'vitest';
import { clipboardText, parseClipboard, placeBlock } from './paste';
import { readScore } from './score-input';

describe('pasting a block copied from Excel or LibreOffice (issue 4)', () => {
  it('splits tabs and CRLF rows, and ignores the trailing line break Excel adds', () => {
    expect(parseClipboard('4,5\t4\t3,75\t5\r\n3\t3\t3\t3\r\n')).toEqual([
      ['4,5', '4', '3,75', '5'],
      ['3', '3', '3', '3'],
    ]);
  });

  it('accepts LF-only and CR-only rows (LibreOffice, old Mac)', () => {
    expect(parseClipboard('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboard('1\t2\r3\t4\r')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps trailing and empty cells as empty strings', () => {
    expect(parseClipboard('4\t\t5\t\r\n\t\t\t\r\n')).toEqual([
      ['4', '', '5', ''],
      ['', '', '', ''],
    ]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes inside', () => {
    expect(parseClipboard('"хорошо\tочень"\t"строка 1\r\nстрока 2"\t"он сказал ""да"""\r\n')).toEqual([
      ['хорошо\tочень', 'строка 1\r\nстрока 2', 'он сказал "да"'],
    ]);
  });

  it('a quote inside an unquoted cell is just a character', () => {
    expect(parseClipboard('5" дюймов\t4')).toEqual([['5" дюймов', '4']]);
  });

  it('locale decimals in pasted cells read as scores: comma, point, non-breaking spaces', () => {
    const cells = parseClipboard('4,5\t4.25\t\u00a03,75\u00a0\r\n').flat();
    expect(cells.map((c) => readScore(c, 'p'))).toEqual([
      { kind: 'score', value: 450 },
      { kind: 'score', value: 425 },
      { kind: 'score', value: 375 },
    ]);
  });

  it('places the block from the focused cell and counts what falls outside the grid', () => {
    const { targets, outside } = placeBlock(
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      ['r1', 'r2'],
      ['c1', 'c2', 'c3'],
      1,
      1,
    );
    expect(targets.map((t) => `${t.row}/${t.column}=${t.raw}@${t.at.row},${t.at.column}`)).toEqual([
      'r2/c2=a@1,1',
      'r2/c3=b@1,2',
    ]);
    expect(outside).toBe(4);
  });
});

describe('copying cells for Excel or LibreOffice (issue 19)', () => {
  it('given a block of shown values, then cells are tab-separated and rows CRLF-separated, with no header and no trailing break', () => {
    expect(
      clipboardText([
        ['3,75', '4,00', ''],
        ['5,00', '', '4,31 ≈'],
      ]),
    ).toBe('3,75\t4,00\t\r\n5,00\t\t4,31 ≈');
  });

  it('given a cell with a tab, a line break or a quote, then it is quoted as Excel quotes it, each quote doubled', () => {
    expect(clipboardText([['хорошо\tочень', 'строка 1\nстрока 2', 'он сказал "да"', '5" дюймов']])).toBe(
      '"хорошо\tочень"\t"строка 1\nстрока 2"\t"он сказал ""да"""\t"5"" дюймов"',
    );
  });

  it('given any cells, then pasting the copied text back gives the same cells', () => {
    const cells = [
      ['a', '"', '', '\r\n'],
      ['x\ty', '""', ' ', 'Ахметов Е.'],
    ];
    expect(parseClipboard(clipboardText(cells))).toEqual(cells);
  });

  it('given one cell, then the text is just its value', () => {
    expect(clipboardText([['3,75']])).toBe('3,75');
  });
});
