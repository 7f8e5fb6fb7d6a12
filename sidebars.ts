import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// Written by hand so the guide reads in the order of the process; labels of
// categories are translated in i18n/en/docusaurus-plugin-content-docs/current.json.
const sidebars: SidebarsConfig = {
  guide: [
    'gioi-thieu',
    'tac-dong-cua-ai',
    {
      type: 'category',
      label: 'Quy trình triển khai AI CoE',
      key: 'process',
      collapsed: false,
      items: [
        'quy-trinh/tong-quan',
        'quy-trinh/chuan-bi',
        'quy-trinh/danh-gia',
        'quy-trinh/lap-ke-hoach',
        'quy-trinh/theo-doi-va-cai-tien',
        'quy-trinh/ban-do-tuan-thu',
      ],
    },
    'hop-tac',
    {
      type: 'category',
      label: 'Bộ công cụ',
      key: 'toolkit',
      items: ['cong-cu/tu-danh-gia', 'cong-cu/thu-vien-kpi', 'cong-cu/bieu-mau'],
    },
    {
      type: 'category',
      label: 'Chuyên sâu',
      // Collapsed, as categories are by default: an open category's pages are prefetched
      // from every doc page, and these five are long.
      key: 'in-depth',
      items: [
        'chuyen-sau/ai-tao-sinh-va-tac-tu',
        'chuyen-sau/mo-hinh-van-hanh',
        'chuyen-sau/don-vi-cung-ung-va-chi-phi',
        'chuyen-sau/con-nguoi-va-ky-nang',
        'chuyen-sau/vi-du-xuyen-suot',
      ],
    },
    'thuat-ngu',
    'tai-lieu-tham-khao',
    'dong-gop',
  ],
};

export default sidebars;
