import {expect, openPage, test} from './fixtures';
import {LOCALE_PREFIX, LOCALES} from './site';

// Readers print phase pages for workshops and steering meetings, or save them as PDF.
// A4 portrait with Chromium's default margins leaves about 718 CSS pixels of width.
test.use({viewport: {width: 718, height: 1000}});

for (const locale of LOCALES) {
  test(`${locale}: a printed phase page is the article alone, nothing cut off at A4 width`, async ({
    watchedPage: page,
  }) => {
    await openPage(page, `${LOCALE_PREFIX[locale]}/quy-trinh/chuan-bi`);
    await page.emulateMedia({media: 'print'});
    for (const chrome of [
      '.navbar',
      '.theme-doc-sidebar-container',
      '.footer',
      '.pagination-nav',
    ]) {
      await expect(page.locator(chrome).first(), `${chrome} is printed`).toBeHidden();
    }
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await expect(page.locator('article table').first()).toBeVisible();
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll('article *'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5),
    );
    expect(overflowing, 'parts of the article run past the printed page').toEqual([]);

    // Landscape A4 (about 1,060 px) is wide enough for the sidebar and the table of contents
    // to show on screen: on paper they must still be left out.
    await page.setViewportSize({width: 1060, height: 750});
    for (const chrome of ['.theme-doc-sidebar-container', '.theme-doc-toc-desktop']) {
      await expect(page.locator(chrome).first(), `${chrome} is printed in landscape`).toBeHidden();
    }
    await page.setViewportSize({width: 718, height: 1000});

    const pdf = await page.pdf({format: 'A4', printBackground: true});
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, 'the PDF has the whole article').toBeGreaterThan(1);
  });
}

test('a printed page spells out where its outside links go', async ({watchedPage: page}) => {
  await openPage(page, '/tai-lieu-tham-khao');
  await page.emulateMedia({media: 'print'});
  const link = page.locator('article a[href^="https://"]').first();
  const href = await link.getAttribute('href');
  const printed = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(printed).toContain(href!);
});
