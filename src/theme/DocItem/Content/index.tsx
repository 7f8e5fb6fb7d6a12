import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import TranslationBehindNotice from '@site/src/components/TranslationBehindNotice';
import type {TranslationStatus} from '@site/src/plugins/translation-status';

type Props = WrapperProps<typeof ContentType>;

/** The doc content, preceded on a translated page by a notice when its source changed since. */
export default function ContentWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const {
    i18n: {currentLocale, defaultLocale},
  } = useDocusaurusContext();
  const status = usePluginData('translation-status') as TranslationStatus | undefined;
  const {createUrl} = useAlternatePageUtils();
  const behind = currentLocale !== defaultLocale && (status?.behind.includes(metadata.id) ?? false);
  return (
    <>
      {behind && (
        <TranslationBehindNotice
          sourceUrl={createUrl({locale: defaultLocale, fullyQualified: false})}
        />
      )}
      <Content {...props} />
    </>
  );
}
