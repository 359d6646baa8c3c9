/** A question asked at most once, and only if asked at all: a costly search several readings may put. */
export function once<T>(ask: () => T): () => T {
  let answer: { value: T } | undefined;
  return () => {
    answer ??= { value: ask() };
    return answer.value;
  };
}
