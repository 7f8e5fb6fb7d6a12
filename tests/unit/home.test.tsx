import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import Home from '@site/src/pages/index';

describe('home page', () => {
  it('leads into the guide in one click', () => {
    render(<Home />);
    expect(screen.getByRole('heading', {level: 1})).toHaveTextContent('Trung tâm Xuất sắc về AI');
    expect(screen.getByRole('link', {name: 'Xem tổng quan quy trình'})).toHaveAttribute(
      'href',
      '/quy-trinh',
    );
    expect(screen.getByRole('link', {name: 'Đọc phần giới thiệu'})).toHaveAttribute(
      'href',
      '/gioi-thieu',
    );
  });

  it('lists the four phases in order, each linked to its page', () => {
    render(<Home />);
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/quy-trinh/chuan-bi');
    expect(within(items[3]!).getByRole('link', {name: 'Theo Dõi và Cải Tiến'})).toHaveAttribute(
      'href',
      '/quy-trinh/theo-doi-va-cai-tien',
    );
  });
});
