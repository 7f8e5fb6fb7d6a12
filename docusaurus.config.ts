import {fileURLToPath} from 'node:url';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as PwaOptions} from '@docusaurus/plugin-pwa';
import {editUrlBase, resolveSiteSettings} from './src/config/siteSettings';
import {darkCodeTheme, lightCodeTheme} from './src/config/prismThemes';
import {BRAND_COLOR, SITE_IDENTITY} from './src/config/siteLayout.mjs';
import {COMPLIANCE_MAP_PATH} from './src/data/compliance';
import {PROCESS_OVERVIEW_PATH} from './src/data/process';
import {HANDBOOK_FILE, HANDBOOK_MANIFEST} from './src/components/page/HandbookDownload/handbook';
import colorModeGuardPlugin from './src/plugins/color-mode-guard';
import localizedDataPlugin from './src/plugins/localized-data';
import offlinePlugin from './src/plugins/offline';
import prismOnDemandPlugin from './src/plugins/prism-on-demand';
import searchPlugin from './src/plugins/search';
import translationStatusPlugin from './src/plugins/translation-status';

const settings = resolveSiteSettings(process.env);

// Docusaurus loads this file once per locale; the site title and tagline are per language.
const isEnglish = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en';
const {title: siteTitle, tagline: siteTagline} = SITE_IDENTITY[isEnglish ? 'en' : 'vi'];

const config: Config = {
  title: siteTitle,
  tagline: siteTagline,
  favicon: 'img/favicon.svg',
  url: settings.url,
  baseUrl: settings.baseUrl,
  trailingSlash: false,

  future: {
    v4: true,
    // Rspack, SWC and Lightning CSS: a cold build of both locales in seconds, not minutes.
    faster: true,
  },

  // Broken links already fail the build by default; broken anchors and duplicate routes too.
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // `## Heading {#explicit-id}` keeps anchors identical in both languages (CONTRIBUTING.md).
    mdx1Compat: {headingIds: true},
    hooks: {
      onBrokenMarkdownLinks: 'throw',
    },
  },

  // Labels ("Tiếng Việt", "English") and `lang` attributes are Docusaurus's defaults.
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          editUrl: editUrlBase(settings),
          // English pages link to their twin under i18n/en/, not to the Vietnamese source.
          editLocalizedFiles: true,
          // From git: CI and the deploy workflow check out full history for real dates.
          showLastUpdateTime: true,
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    colorModeGuardPlugin,
    localizedDataPlugin,
    prismOnDemandPlugin,
    translationStatusPlugin,
    searchPlugin,
    // Reads offline and installs as an app, both languages in one service worker at the
    // site's root: see src/plugins/offline/ and README, "Offline".
    [
      '@docusaurus/plugin-pwa',
      {
        // Every reader, not only those who install the app: readers open the guide from a
        // shared link and read it in meetings or on the move, and the app's install prompt
        // is easy to miss. Both languages together weigh about 8 MB, fetched once after the
        // first page has loaded and then only what changed.
        offlineModeActivationStrategies: ['always'],
        // Registers the root service worker from every language's pages (plugin-pwa's own
        // registration would give English pages a service worker of their own, for /en/ only).
        swRegister: fileURLToPath(
          new URL('./src/plugins/offline/registerServiceWorker.ts', import.meta.url),
        ),
        // Keeps every file of both languages, listed by the offline plugin once both are
        // built; plugin-pwa's own list (this language's files only) stays empty.
        swCustom: fileURLToPath(new URL('./src/plugins/offline/serviceWorker.js', import.meta.url)),
        // (plugin-pwa sets swSrc, swDest and globDirectory itself.)
        injectManifestConfig: {globIgnores: ['**/*']} as PwaOptions['injectManifestConfig'],
        // Relative paths get this language's base URL; static/ is copied into each language's
        // build. The web app manifest link comes from the offline plugin: one manifest at the
        // site's root for both languages. theme-color is in themeConfig.metadata.
        pwaHead: [
          {tagName: 'link', rel: 'apple-touch-icon', href: 'img/app-icon-apple-180.png'},
          {tagName: 'meta', name: 'apple-mobile-web-app-title', content: 'AI CoE'},
        ],
      } satisfies PwaOptions,
    ],
    (context) =>
      offlinePlugin(context, {
        // The search plugin writes each language's index in its postBuild, side by side.
        awaitFiles: ['search-index.json'],
        handbookManifest: HANDBOOK_MANIFEST,
      }),
  ],

  themeConfig: {
    // The preview shown when a page is shared (Zalo, Teams, Slack, LinkedIn): one card per
    // language, rendered by `npm run social-cards` (src/social-card/).
    image: isEnglish ? 'img/social-card-en.png' : 'img/social-card.png',
    metadata: [
      {name: 'theme-color', content: BRAND_COLOR},
      {property: 'og:image:width', content: '1200'},
      {property: 'og:image:height', content: '630'},
      {property: 'og:image:alt', content: `${siteTitle}: ${siteTagline}`},
      {name: 'twitter:image:alt', content: `${siteTitle}: ${siteTagline}`},
    ],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true},
    },
    navbar: {
      title: siteTitle,
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        // Plain links, not `type: 'doc'`: a doc item counts as active on every page of its
        // sidebar, and all three share one, so all three were marked as the current page
        // (and the search index took "Giới thiệu" as the first step of every result's path).
        {to: '/gioi-thieu', position: 'left', label: 'Giới thiệu'},
        {
          to: PROCESS_OVERVIEW_PATH,
          activeBasePath: PROCESS_OVERVIEW_PATH,
          position: 'left',
          label: 'Quy trình',
        },
        {to: '/hop-tac', position: 'left', label: 'Hợp tác'},
        {type: 'search', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
        {
          href: `https://github.com/${settings.repository}`,
          position: 'right',
          label: 'GitHub',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Quy trình',
          items: [
            // The phases themselves are in the sidebar and on the overview; the footer
            // points to the two pages that tie them together.
            {label: 'Tổng quan quy trình', to: PROCESS_OVERVIEW_PATH},
            {label: 'Bản đồ tuân thủ pháp luật', to: COMPLIANCE_MAP_PATH},
          ],
        },
        {
          title: 'Tìm hiểu',
          items: [
            {label: 'Giới thiệu', to: '/gioi-thieu'},
            {label: 'Tác động của AI', to: '/tac-dong-cua-ai'},
            {label: 'Hợp tác để thành công', to: '/hop-tac'},
            {label: 'Thuật ngữ', to: '/thuat-ngu'},
            {label: 'Tài liệu tham khảo', to: '/tai-lieu-tham-khao'},
            {
              label: 'Tải cẩm nang (PDF)',
              // The language's PDF, built after the site into handbook/ at the site's root:
              // pathname:// and no base URL added, so neither the broken-link check (it is no
              // page) nor the English pages' /en/ get in the way.
              href: `pathname://${settings.baseUrl}${HANDBOOK_FILE[isEnglish ? 'en' : 'vi']}`,
              autoAddBaseUrl: false,
              download: true,
              type: 'application/pdf',
              hrefLang: isEnglish ? 'en' : 'vi',
            },
          ],
        },
        {
          title: 'Đóng góp',
          items: [
            {label: 'Mã nguồn trên GitHub', href: `https://github.com/${settings.repository}`},
            {label: 'Hướng dẫn đóng góp', to: '/dong-gop'},
            {label: 'Báo lỗi nội dung', href: `https://github.com/${settings.repository}/issues`},
          ],
        },
      ],
      copyright: 'Nội dung được cấp phép theo CC BY 4.0; mã nguồn theo giấy phép MIT.',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
