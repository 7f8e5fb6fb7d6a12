import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import LegalStatusNotice from '@site/src/components/compliance/LegalStatusNotice';
import TranslationBehindNotice from '@site/src/components/page/TranslationBehindNotice';
import type {TranslationStatus} from '@site/src/plugins/translation-status';
import {pathInLocale} from '@site/src/utils/localePath';

type Props = WrapperProps<typeof ContentType>;

/**
 * The page's `legal_status_as_of` as YYYY-MM-DD. YAML reads an unquoted date as a Date,
 * which reaches the page as an ISO timestamp; a quoted one stays a string.
 */
function legalStatusDate(value: unknown): string | null {
  const text = value instanceof Date ? value.toISOString() : value;
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : null;
}

/**
 * The doc content, preceded on a translated page by a notice when its source changed since,
 * and on a page that states law by the date up to which that was checked.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const {
    siteConfig: {baseUrl},
    i18n: {currentLocale, defaultLocale, localeConfigs},
  } = useDocusaurusContext();
  const legalStatus = legalStatusDate(
    (frontMatter as {legal_status_as_of?: unknown}).legal_status_as_of,
  );
  const status = usePluginData('translation-status') as TranslationStatus | undefined;
  const behind = currentLocale !== defaultLocale && (status?.behind.includes(metadata.id) ?? false);
  return (
    <>
      {behind && (
        <TranslationBehindNotice
          sourceUrl={pathInLocale(
            metadata.permalink,
            baseUrl,
            localeConfigs[defaultLocale]?.baseUrl ?? '/',
          )}
        />
      )}
      {legalStatus && (
        <LegalStatusNotice
          date={legalStatus}
          locale={localeConfigs[currentLocale]?.htmlLang ?? currentLocale}
        />
      )}
      <Content {...props} />
    </>
  );
}
