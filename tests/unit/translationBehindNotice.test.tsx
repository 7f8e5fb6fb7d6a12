import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import TranslationBehindNotice from '@site/src/components/page/TranslationBehindNotice';

describe('TranslationBehindNotice', () => {
  it('says the translation may be behind and links to the source page', () => {
    render(<TranslationBehindNotice sourceUrl="/quy-trinh/chuan-bi" />);
    const notice = screen.getByRole('note');
    expect(notice).toHaveTextContent('Bản dịch có thể chưa cập nhật');
    expect(notice).toHaveTextContent('Trang gốc đã thay đổi sau lần dịch gần nhất.');
    expect(screen.getByRole('link', {name: 'bản tiếng Việt'})).toHaveAttribute(
      'href',
      '/quy-trinh/chuan-bi',
    );
  });
});
