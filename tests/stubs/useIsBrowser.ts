// Stand-in for @docusaurus/useIsBrowser: tests run in jsdom, a browser after hydration. A test
// of the server render mocks it to return false.
export default function useIsBrowser(): boolean {
  return true;
}
