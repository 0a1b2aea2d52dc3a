import { isEditorError, type EditorError, type EditorProblem } from "../../src/lib/errors.ts";

/** The editor error `run` throws; fails the test when it throws nothing or something else. */
export function editorErrorOf(run: () => unknown): EditorError {
  try {
    run();
  } catch (error) {
    if (isEditorError(error)) return error;
    throw error;
  }
  throw new Error("expected an editor error");
}

/** The message an editor reads. */
export function messageOf(run: () => unknown): string {
  return editorErrorOf(run).message;
}

/** The one problem the error reports. */
export function problemOf(run: () => unknown): EditorProblem {
  const problems = editorErrorOf(run).problems;
  if (problems.length !== 1) throw new Error(`expected one problem, got ${problems.length}`);
  return problems[0]!;
}
