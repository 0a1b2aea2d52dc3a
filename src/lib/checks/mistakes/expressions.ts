/** Code in a chapter's text: `{…}` outside an attribute, or a line MDX reads as `import`/`export`.
 * An editor writes neither on purpose (a brace in a sentence, a line starting with "export"); the
 * page would show the result of the code, or stop while rendering. A comment `{/* … *\/}` is fine. */
import type { Root } from "mdast";
import type { Program } from "estree";
import { visit } from "unist-util-visit";
import type { EditorProblem } from "../../errors.ts";

interface CodeNode {
  type: string;
  value?: string;
  position?: { start: { line: number; column: number } } | undefined;
  data?: { estree?: Program | null | undefined } | undefined;
}

export function codeProblems(tree: Root, file: string, source: string): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const lines = source.split(/\r?\n/);
  visit(tree, (node) => {
    const code = node as CodeNode;
    if (code.type !== "mdxFlowExpression" && code.type !== "mdxTextExpression" && code.type !== "mdxjsEsm") return;
    // An expression that is only a comment has no statements.
    if (code.type !== "mdxjsEsm" && (code.data?.estree?.body.length ?? 0) === 0) return;
    const start = code.position?.start ?? { line: 1, column: 1 };
    problems.push(
      code.type === "mdxjsEsm"
        ? {
            location: { file, line: start.line, column: start.column },
            problem: 'deze regel begint met "import" of "export" en wordt daardoor als programmacode gelezen, niet als tekst.',
            found: lines[start.line - 1]?.trim(),
            expected: "een alinea die met een ander woord begint",
            fix: 'Begin de zin met een hoofdletter ("Export …") of met een ander woord.',
          }
        : {
            location: { file, line: start.line, column: start.column },
            problem: "tussen { en } in de tekst leest MDX programmacode; de pagina toont dan de uitkomst daarvan.",
            found: `{${code.value ?? ""}}`,
            expected: 'accolades alleen om de waarde van een attribuut, zoals rows={["Assen", "Lariks"]}, of {/* … */} voor een opmerking',
            fix: "Bedoelt u de accolades zelf, schrijf dan \\{ en \\}.",
          },
    );
  });
  return problems;
}
