import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {
  formatEdition,
  formatFileSize,
  HANDBOOK_FILE,
  HANDBOOK_MANIFEST,
  handbookDetails,
  type HandbookDetails,
} from '../../src/components/page/HandbookDownload/handbook';
import {expect, openPage, test} from './fixtures';
import {UI} from './searchHelpers';
import {guidePages, LOCALES, type Locale} from './site';

const LABEL: Readonly<Record<Locale, {home: string; footer: string}>> = {
  vi: {home: 'Tải cẩm nang', footer: 'Tải cẩm nang (PDF)'},
  en: {home: 'Download the handbook', footer: 'Download the handbook (PDF)'},
};
const DETAILS: Readonly<Record<Locale, (size: string, edition: string) => string>> = {
  vi: (size, edition) => `PDF · ${size} · ấn bản ${edition}`,
  en: (size, edition) => `PDF · ${size} · edition ${edition}`,
};

/** This language's entry of build/handbook/handbook.json, once the PDFs are built. */
function builtHandbook(locale: Locale): HandbookDetails | null {
  const file = join(process.cwd(), 'build', HANDBOOK_MANIFEST);
  if (!existsSync(file)) return null;
  return handbookDetails(JSON.parse(readFileSync(file, 'utf8')), locale);
}

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

for (const locale of LOCALES) {
  test(`${locale}: the home page and the footer link this language's PDF handbook`, async ({
    watchedPage: page,
    request,
  }) => {
    const pdf = `/${HANDBOOK_FILE[locale]}`;
    const handbook = builtHandbook(locale);
    await openPage(page, UI[locale].home);

    const homeLinkName = {name: LABEL[locale].home, exact: true};
    const homeLink = page.getByRole('main').getByRole('link', homeLinkName);
    await expect(homeLink).toHaveAttribute('href', pdf);
    await expect(homeLink).toHaveAttribute('download', '');
    await expect(homeLink).toHaveAttribute('type', 'application/pdf');
    await expect(homeLink).toHaveAttribute('hreflang', locale);
    const line = page
      .getByRole('main')
      .locator('p')
      .filter({has: page.getByRole('link', homeLinkName)});
    if (handbook) {
      const details = DETAILS[locale](
        formatFileSize(handbook.bytes, locale),
        formatEdition(handbook.edition, locale),
      );
      await expect(line).toHaveText(`${LABEL[locale].home} ${details}`);
      await expect(homeLink).toHaveAccessibleDescription(details);
    } else {
      // The PDFs are built after the site (scripts/build-handbook.mjs): the plain link.
      await expect(line).toHaveText(`${LABEL[locale].home} PDF`);
    }

    // The footer, on the home page and on a page of the guide.
    for (const url of [UI[locale].home, guidePages(locale)[1]!.url]) {
      await openPage(page, url);
      const footerLink = page
        .getByRole('contentinfo')
        .getByRole('link', {name: startsWith(LABEL[locale].footer)});
      await expect(footerLink, url).toHaveAttribute('href', pdf);
      await expect(footerLink, url).toHaveAttribute('download', '');
      await expect(footerLink, url).toHaveAttribute('type', 'application/pdf');
      await expect(footerLink, url).toHaveAttribute('hreflang', locale);
    }

    if (handbook) {
      const response = await request.get(pdf);
      expect(response.ok(), `${pdf} is missing`).toBe(true);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect((await response.body()).length).toBe(handbook.bytes);
    }
  });
}
