import {type ReactNode, useEffect, useId, useState} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  formatEdition,
  formatFileSize,
  HANDBOOK_FILE,
  HANDBOOK_MANIFEST,
  handbookDetails,
  type HandbookDetails,
  type HandbookLocale,
} from './handbook';
import styles from './styles.module.css';

/**
 * A download link to the PDF handbook of the page's language: "Tải cẩm nang · PDF · 2,4 MB ·
 * ấn bản 01/12/2026". The PDFs are built after the site, into handbook/ at the site's base
 * URL (both languages' pages share it); the size and the edition come from handbook.json,
 * read once the page runs. Without JavaScript, or when that file is missing, offline or
 * malformed, the link shows with "PDF" alone.
 */
export default function HandbookDownload({className}: {className?: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale: HandbookLocale = i18n.currentLocale === 'en' ? 'en' : 'vi';
  const siteBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/';
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? locale;
  const manifestUrl = `${siteBaseUrl}${HANDBOOK_MANIFEST}`;
  const [details, setDetails] = useState<HandbookDetails | null>(null);
  const detailsId = useId();

  useEffect(() => {
    const request = new AbortController();
    fetch(manifestUrl, {signal: request.signal})
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => setDetails(handbookDetails(json, locale)))
      .catch(() => {
        // Offline, aborted or not JSON: the link stays as it is, without details.
      });
    return () => request.abort();
  }, [manifestUrl, locale]);

  return (
    <p className={clsx(styles.download, className)}>
      {/* pathname:// with the site's base URL as is: the PDFs are files, not pages of the
          site (the broken-link check would look for a page), and they sit at the site's root
          for both languages, not under /en/. */}
      <Link
        to={`pathname://${siteBaseUrl}${details?.file ?? HANDBOOK_FILE[locale]}`}
        autoAddBaseUrl={false}
        download
        type="application/pdf"
        hrefLang={htmlLang}
        aria-describedby={detailsId}
        className={styles.link}
      >
        <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1.5v8.25M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" />
        </svg>
        <Translate id="handbook.download.link" description="Link that downloads the PDF handbook">
          Tải cẩm nang
        </Translate>
      </Link>{' '}
      <span id={detailsId} className={styles.details}>
        {details ? (
          <Translate
            id="handbook.download.details"
            description="Format, size and edition date of the PDF handbook next to its download link; {size} is like 2.4 MB, {edition} a date"
            values={{
              size: formatFileSize(details.bytes, locale),
              edition: (
                <time dateTime={details.edition}>{formatEdition(details.edition, locale)}</time>
              ),
            }}
          >
            {'PDF · {size} · ấn bản {edition}'}
          </Translate>
        ) : (
          'PDF'
        )}
      </span>
    </p>
  );
}
