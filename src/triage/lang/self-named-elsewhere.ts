/**
 * "My name is" in languages the triage does not read, written in scripts without case, where a
 * particle joins the name ("저는 김하늘이라고 합니다"): the capture is the name. Data only: decision/final-line-name.ts
 * compiles it once, at load.
 */
export const SELF_NAMED_ELSEWHERE: readonly string[] = [
  // Korean: "저는 김하늘이라고 합니다", "제 이름은 김하늘입니다"
  String.raw`(?:저는|제 이름은) (\p{Script=Hangul}{2,4}?)(?:이라고|라고) 합니다`,
  String.raw`(?:저는|제 이름은) (\p{Script=Hangul}{2,4}?)(?:입니다|이에요|예요)(?![\p{L}])`,
  // Japanese: "山田花子と申します"
  String.raw`(?:^|[。、！\s])(\p{Script=Han}{2,4}?)と申します`,
  // Chinese: "我叫王小明"
  String.raw`我叫(\p{Script=Han}{2,3})(?=[，。,.!！\s]|$)`,
];
