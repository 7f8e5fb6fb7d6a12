import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  ACCEPT_COMMAND,
  FINGERPRINTS_FILE,
  acceptFingerprints,
  fingerprint,
  formatProblem,
  parseFingerprints,
  readTranslationDir,
  serializeFingerprints,
  staleTranslations,
  translationProblems,
  unusedTranslations,
  withLocalizedMessages,
} from '@site/scripts/lib/translationFingerprints.mjs';

const vietnamese = {
  'code.json': {'home.title': 'Thành lập AI CoE', 'home.lead': 'Bốn giai đoạn'},
  'docusaurus-theme-classic/navbar.json': {'item.label.Quy trình': 'Quy trình'},
};
const english = {
  'code.json': {'home.title': 'Set up an AI CoE', 'home.lead': 'Four phases'},
  'docusaurus-theme-classic/navbar.json': {'item.label.Quy trình': 'Process'},
};
/** The fingerprints recorded when the English above was checked. */
const checked = acceptFingerprints(vietnamese, english);

/** `vietnamese` with one code.json message changed. */
const reworded = (key: string, message: string) => ({
  ...vietnamese,
  'code.json': {...vietnamese['code.json'], [key]: message},
});

describe('fingerprint', () => {
  it('is 12 hex digits of the SHA-256, the same for the same text', () => {
    expect(fingerprint('Bốn giai đoạn')).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint('Bốn giai đoạn')).toBe(fingerprint('Bốn giai đoạn'));
  });

  it('changes with the wording, even by one letter or one diacritic', () => {
    expect(fingerprint('Bốn giai đoạn')).not.toBe(fingerprint('Năm giai đoạn'));
    expect(fingerprint('Bốn giai đoạn')).not.toBe(fingerprint('Bốn giai đoan'));
  });

  it('ignores line breaks, indents and Unicode composition', () => {
    const text = 'Có thể trang đã được đổi tên hoặc đường dẫn bị gõ sai.';
    expect(fingerprint('Có thể trang đã được đổi tên hoặc\n          đường dẫn bị gõ sai. ')).toBe(
      fingerprint(text),
    );
    expect(fingerprint(text.normalize('NFD'))).toBe(fingerprint(text));
  });
});

describe('staleTranslations', () => {
  it('reports nothing when the Vietnamese is what the English was checked against', () => {
    expect(staleTranslations(checked, vietnamese)).toEqual([]);
  });

  it('reports a reworded Vietnamese string with its new text', () => {
    expect(staleTranslations(checked, reworded('home.lead', 'Năm giai đoạn'))).toEqual([
      {file: 'code.json', key: 'home.lead', reason: 'changed', vietnamese: 'Năm giai đoạn'},
    ]);
  });

  it('reports a string with no fingerprint as new, and a fingerprint with no string as removed', () => {
    const current = {
      ...vietnamese,
      'code.json': {'home.title': 'Thành lập AI CoE', 'home.cta': 'Bắt đầu'},
    };
    expect(staleTranslations(checked, current)).toEqual([
      {file: 'code.json', key: 'home.cta', reason: 'new', vietnamese: 'Bắt đầu'},
      {file: 'code.json', key: 'home.lead', reason: 'removed'},
    ]);
  });
});

describe('translationProblems', () => {
  it('finds nothing when every string is translated and checked', () => {
    expect(translationProblems({vietnamese, english, fingerprints: checked})).toEqual([]);
  });

  it('reports a reworded Vietnamese string whose English did not change', () => {
    expect(
      translationProblems({
        vietnamese: reworded('home.lead', 'Năm giai đoạn'),
        english,
        fingerprints: checked,
      }),
    ).toEqual([
      {
        file: 'code.json',
        key: 'home.lead',
        kind: 'changed',
        vietnamese: 'Năm giai đoạn',
        english: 'Four phases',
      },
    ]);
  });

  it('reports a reworded navbar label the same way', () => {
    const navbar = {'docusaurus-theme-classic/navbar.json': {'item.label.Quy trình': 'Các bước'}};
    expect(
      translationProblems({vietnamese: {...vietnamese, ...navbar}, english, fingerprints: checked}),
    ).toMatchObject([{file: 'docusaurus-theme-classic/navbar.json', kind: 'changed'}]);
  });

  it('asks for English for a new string, then for a check once it is translated', () => {
    const withNew = reworded('home.cta', 'Bắt đầu');
    expect(translationProblems({vietnamese: withNew, english, fingerprints: checked})).toEqual([
      {file: 'code.json', key: 'home.cta', kind: 'missing'},
    ]);
    const translated = {...english, 'code.json': {...english['code.json'], 'home.cta': 'Start'}};
    expect(
      translationProblems({vietnamese: withNew, english: translated, fingerprints: checked}),
    ).toEqual([
      {
        file: 'code.json',
        key: 'home.cta',
        kind: 'unconfirmed',
        vietnamese: 'Bắt đầu',
        english: 'Start',
      },
    ]);
  });

  it('still reports English that is still Vietnamese', () => {
    const untranslated = {
      ...english,
      'code.json': {...english['code.json'], 'home.lead': 'Bốn giai đoạn'},
    };
    expect(translationProblems({vietnamese, english: untranslated, fingerprints: checked})).toEqual(
      [{file: 'code.json', key: 'home.lead', kind: 'still-vietnamese', english: 'Bốn giai đoạn'}],
    );
  });

  it('reports the fingerprint of a string the site no longer uses', () => {
    const current = {...vietnamese, 'code.json': {'home.title': 'Thành lập AI CoE'}};
    expect(translationProblems({vietnamese: current, english, fingerprints: checked})).toEqual([
      {file: 'code.json', key: 'home.lead', kind: 'removed'},
    ]);
  });
});

describe('acceptFingerprints', () => {
  it('records the new wording, so the reworded string passes once accepted', () => {
    const current = reworded('home.lead', 'Năm giai đoạn');
    const accepted = acceptFingerprints(current, english);
    expect(accepted['code.json']?.['home.lead']).toBe(fingerprint('Năm giai đoạn'));
    expect(accepted['code.json']?.['home.title']).toBe(checked['code.json']?.['home.title']);
    expect(translationProblems({vietnamese: current, english, fingerprints: accepted})).toEqual([]);
  });

  it('drops strings the site no longer uses and leaves out strings with no English', () => {
    const current = {
      ...vietnamese,
      'code.json': {'home.title': 'Thành lập AI CoE', 'home.cta': 'Bắt đầu'},
    };
    expect(Object.keys(acceptFingerprints(current, english)['code.json'] ?? {})).toEqual([
      'home.title',
    ]);
  });
});

describe('the report and the fingerprint file', () => {
  it('tells the contributor which file and key to check, the new Vietnamese, and what to run', () => {
    const line = formatProblem({
      file: 'code.json',
      key: 'home.lead',
      kind: 'changed',
      vietnamese: 'Năm giai đoạn',
      english: 'Four phases',
    });
    expect(line).toContain('i18n/en/code.json: "home.lead"');
    expect(line).toContain('"Năm giai đoạn"');
    expect(line).toContain('"Four phases"');
    expect(line).toContain(ACCEPT_COMMAND);
  });

  it('writes files and keys sorted, and reads back what it wrote', () => {
    const text = serializeFingerprints({b: {z: '1', a: '2'}, a: {k: '3'}});
    expect(text).toBe(
      '{\n  "a": {\n    "k": "3"\n  },\n  "b": {\n    "a": "2",\n    "z": "1"\n  }\n}\n',
    );
    expect(parseFingerprints(text)).toEqual({a: {k: '3'}, b: {a: '2', z: '1'}});
    expect(parseFingerprints(undefined)).toEqual({});
    expect(() => parseFingerprints('{"code.json": {"home.lead": 1}}')).toThrow(FINGERPRINTS_FILE);
  });

  it('keeps the committed fingerprint file in its written form', () => {
    const text = readFileSync(FINGERPRINTS_FILE, 'utf8');
    const fingerprints = parseFingerprints(text);
    expect(serializeFingerprints(fingerprints)).toBe(text);
    for (const entries of Object.values(fingerprints)) {
      for (const value of Object.values(entries)) expect(value).toMatch(/^[0-9a-f]{12}$/);
    }
  });
});

describe('reading the translation files', () => {
  it('reads each file under a locale folder by its path there, and applies its own messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translations-'));
    const write = (path: string, entries: object) => {
      mkdirSync(dirname(join(dir, path)), {recursive: true});
      writeFileSync(join(dir, path), JSON.stringify(entries));
    };
    try {
      write('code.json', {'theme.next': {message: 'Kế tiếp', description: 'Next page'}});
      write('docusaurus-theme-classic/navbar.json', {title: {message: 'Cẩm nang AI CoE'}});
      const read = readTranslationDir(dir);
      expect(read).toEqual({
        'code.json': {'theme.next': 'Kế tiếp'},
        'docusaurus-theme-classic/navbar.json': {title: 'Cẩm nang AI CoE'},
      });
      expect(
        withLocalizedMessages(read, {'code.json': {'theme.next': 'Sau', 'old.key': 'Cũ'}}),
      ).toEqual({...read, 'code.json': {'theme.next': 'Sau'}});
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('lists English entries the site no longer uses', () => {
    const extra = {...english, 'code.json': {...english['code.json'], 'old.key': 'Old'}};
    expect(unusedTranslations(vietnamese, extra)).toEqual([{file: 'code.json', key: 'old.key'}]);
  });
});
