// The page number of a REST answer's rel="last" link; null on the last page itself, which has none.
export function lastPage(link: string | undefined): number | null {
  const last = /[?&]page=(\d+)>; rel="last"/.exec(link ?? '');
  return last ? Number(last[1]) : null;
}
