import {act, fireEvent, render, screen, within} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import ReadinessAssessment from '@site/src/components/toolkit/ReadinessAssessment';
import {DIMENSIONS, QUESTION_IDS, type QuestionId} from '@site/src/data/assessment';
import {QUESTION_TEXT} from '@site/src/data/assessmentText';
import {encodeShareCode, exportJson, SHARE_PARAMETER} from '@site/src/utils/assessmentExchange';
import {ASSESSMENT_STORAGE_KEY} from '@site/src/utils/assessmentStorage';
import {CHECKLIST_STORAGE_KEY} from '@site/src/utils/checklistProgress';
import {renderToString} from './serverRender';

const browser = vi.hoisted(() => ({hydrated: true}));
vi.mock('@docusaurus/useIsBrowser', () => ({default: () => browser.hydrated}));

function openAt(search: string): void {
  window.history.replaceState(null, '', `/cong-cu/tu-danh-gia${search}`);
}

beforeEach(() => {
  window.localStorage.clear();
  browser.hydrated = true;
  openAt('');
});
afterEach(() => {
  window.localStorage.clear();
  openAt('');
  vi.restoreAllMocks();
});

const group = (question: QuestionId): HTMLElement =>
  screen.getByRole('group', {name: QUESTION_TEXT[question].prompt});

function choose(question: QuestionId, level: number): void {
  fireEvent.click(within(group(question)).getAllByRole('radio')[level - 1]!);
}

/** A chosen file as the browser hands it over (jsdom's File has no text()). */
const chosenFile = (text: string): File =>
  Object.assign(new File([text], 'tu-danh-gia.json'), {text: async () => text});

const resultRow = (dimension: string): HTMLElement =>
  within(screen.getByRole('table', {name: 'Điểm và mức theo từng khía cạnh'}))
    .getAllByRole('row')
    .find((row) => row.getAttribute('data-dimension') === dimension)!;

describe('ReadinessAssessment', () => {
  it('renders every question and its four levels as text on the server, nothing chosen', () => {
    window.localStorage.setItem(
      ASSESSMENT_STORAGE_KEY,
      JSON.stringify({version: 1, data: {answers: {funding: 4}, target: null, runs: []}}),
    );
    browser.hydrated = false;
    const html = renderToString(<ReadinessAssessment />);
    const container = document.createElement('div');
    container.innerHTML = html;
    expect(container.querySelectorAll('fieldset')).toHaveLength(QUESTION_IDS.length);
    for (const question of QUESTION_IDS) {
      expect(container.textContent).toContain(QUESTION_TEXT[question].prompt);
      for (const level of QUESTION_TEXT[question].levels)
        expect(container.textContent).toContain(level);
    }
    expect(container.querySelectorAll('input[type="radio"]')).toHaveLength(QUESTION_IDS.length * 4);
    expect(container.querySelector('input:checked')).toBeNull();
  });

  it('scores each dimension and the whole, and shows the gap to the chosen target', () => {
    render(<ReadinessAssessment />);
    for (const question of DIMENSIONS.data.questions) choose(question, 2);
    choose('business-goals', 4);
    expect(resultRow('data')).toHaveTextContent('Mức 2 – Hình thành');
    expect(resultRow('data')).toHaveTextContent('Còn thiếu 1 mức');
    expect(resultRow('strategy-leadership')).toHaveTextContent('Đã đạt mục tiêu');
    expect(
      screen.getByText(/Mức sẵn sàng chung: Mức 3 – Bài bản \(điểm trung bình 3\)/),
    ).toBeVisible();
    fireEvent.change(screen.getByLabelText('Mức mục tiêu cho mọi khía cạnh'), {
      target: {value: '4'},
    });
    expect(resultRow('data')).toHaveTextContent('Còn thiếu 2 mức');
  });

  it('draws the radar as an image with a name, its figures in the table beside it', () => {
    render(<ReadinessAssessment />);
    choose('data-quality', 3);
    const chart = screen.getByRole('img', {name: /Biểu đồ radar mức sẵn sàng/});
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelector('[data-series="current"]')).not.toBeNull();
    expect(resultRow('data')).toHaveTextContent('3');
  });

  it('links each weak dimension to the guide’s sections and checklist items', () => {
    render(<ReadinessAssessment />);
    choose('build-environment', 1);
    const advice = document.querySelector('[data-dimension="technology-platform"]:not(tr)')!;
    expect(advice).toHaveTextContent(
      'Công nghệ và nền tảng: từ Mức 1 – Khởi đầu lên Mức 3 – Bài bản',
    );
    expect(
      within(advice as HTMLElement).getByRole('link', {
        name: 'Đơn vị cung ứng và chi phí AI: Thẩm định đơn vị cung ứng giải pháp',
      }),
    ).toHaveAttribute('href', '/chuyen-sau/don-vi-cung-ung-va-chi-phi#due-diligence');
    expect(
      within(advice as HTMLElement)
        .getAllByRole('link')
        .some((link) => link.getAttribute('href') === '/quy-trinh/chuan-bi#checklist'),
    ).toBe(true);
  });

  it('saves answers in the browser and restores them on reload; reset starts again', () => {
    const first = render(<ReadinessAssessment />);
    choose('funding', 3);
    first.unmount();
    render(<ReadinessAssessment />);
    expect(within(group('funding')).getAllByRole('radio')[2]).toBeChecked();
    fireEvent.click(screen.getByRole('button', {name: 'Làm lại từ đầu'}));
    expect(within(group('funding')).getAllByRole('radio')[2]).not.toBeChecked();
    expect(JSON.parse(window.localStorage.getItem(ASSESSMENT_STORAGE_KEY)!).data.answers).toEqual(
      {},
    );
  });

  it('opens a shared result from the link, with no server', () => {
    openAt(`?${SHARE_PARAMETER}=${encodeShareCode({answers: {integration: 4}, target: 2})}`);
    render(<ReadinessAssessment />);
    expect(within(group('integration')).getAllByRole('radio')[3]).toBeChecked();
    expect(screen.getByLabelText('Mức mục tiêu cho mọi khía cạnh')).toHaveValue('2');
    expect(screen.getByRole('status')).toHaveTextContent('kết quả từ liên kết chia sẻ');
  });

  it('refuses a doctored link with a clear message and keeps the saved answers', () => {
    window.localStorage.setItem(
      ASSESSMENT_STORAGE_KEY,
      JSON.stringify({version: 1, data: {answers: {funding: 2}, target: null, runs: []}}),
    );
    const code = encodeShareCode({answers: {integration: 4}, target: null});
    openAt(`?${SHARE_PARAMETER}=${code.replace('.', '.1')}`);
    render(<ReadinessAssessment />);
    expect(screen.getByRole('alert')).toHaveTextContent('Liên kết chia sẻ bị hỏng hoặc đã bị sửa');
    expect(within(group('funding')).getAllByRole('radio')[1]).toBeChecked();
    expect(within(group('integration')).getAllByRole('radio')[3]).not.toBeChecked();
  });

  it('reports damaged saved answers, starts afresh and leaves other saved data alone', () => {
    window.localStorage.setItem(ASSESSMENT_STORAGE_KEY, '{not json');
    window.localStorage.setItem(CHECKLIST_STORAGE_KEY, '{"version":1,"data":[]}');
    render(<ReadinessAssessment />);
    expect(screen.getByRole('alert')).toHaveTextContent('bị hỏng hoặc đã bị sửa');
    expect(screen.getByText(/Đã trả lời 0 trên 28 câu hỏi/)).toBeVisible();
    expect(window.localStorage.getItem(CHECKLIST_STORAGE_KEY)).toBe('{"version":1,"data":[]}');
  });

  it('imports a JSON export, and refuses a wrong file in Vietnamese without losing answers', async () => {
    render(<ReadinessAssessment />);
    choose('funding', 2);
    const input = screen.getByLabelText('Chọn tệp JSON để nhập');
    const wrong = chosenFile('{"format":"something-else"}');
    await act(async () => {
      fireEvent.change(input, {target: {files: [wrong]}});
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'không phải bản xuất của bài tự đánh giá',
    );
    expect(within(group('funding')).getAllByRole('radio')[1]).toBeChecked();
    const good = chosenFile(exportJson({answers: {funding: 4}, target: 3}, new Date()));
    await act(async () => {
      fireEvent.change(input, {target: {files: [good]}});
    });
    expect(await screen.findByText('Đã nhập câu trả lời từ tệp.')).toBeVisible();
    expect(within(group('funding')).getAllByRole('radio')[3]).toBeChecked();
  });

  it('saves a run and compares it with later answers, in words', () => {
    render(<ReadinessAssessment />);
    choose('data-quality', 1);
    fireEvent.change(screen.getByLabelText('Tên lần đánh giá (không bắt buộc)'), {
      target: {value: 'Quý 1'},
    });
    fireEvent.click(screen.getByRole('button', {name: 'Lưu lần đánh giá này'}));
    choose('data-quality', 3);
    fireEvent.change(screen.getByLabelText('So sánh câu trả lời hiện tại với'), {
      target: {value: '0'},
    });
    const table = screen.getByRole('table', {name: 'Thay đổi so với lần “Quý 1”'});
    expect(within(table).getByRole('rowheader', {name: 'Dữ liệu'}).parentElement).toHaveTextContent(
      'Tăng 2',
    );
  });

  it('copies a share link that carries the answers', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    render(<ReadinessAssessment />);
    choose('funding', 3);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: 'Sao chép liên kết chia sẻ'}));
    });
    const url = new URL(writeText.mock.calls[0]![0] as string);
    expect(url.searchParams.get(SHARE_PARAMETER)).toBe(
      encodeShareCode({answers: {funding: 3}, target: 3}),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Đã sao chép liên kết chia sẻ.');
  });
});
