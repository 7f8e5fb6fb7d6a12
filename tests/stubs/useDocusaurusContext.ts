// Stand-in for @docusaurus/useDocusaurusContext: the site as the Vietnamese (default) locale sees it.
export default function useDocusaurusContext() {
  return {
    i18n: {
      currentLocale: 'vi',
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
      localeConfigs: {vi: {htmlLang: 'vi'}, en: {htmlLang: 'en'}},
    },
  };
}
