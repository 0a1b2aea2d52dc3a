// The form of a component that refers to data (<Figure>, <DataTable>, <Value>, <Ref>) or has a
// required text (<Quote>, the block <OpenPoint>), and how the editor shows it: a component
// inserted with empty required fields opens its form at once; the form knows the whole component, so a row is chosen from the rows of the chosen dataset, and it
// closes only when every field holds something that exists. What it lets through, the save check
// (src/integrations/save-check.ts) and the build still hold against the files.
import { createContext, createElement as h, Fragment, useContext, useId, useState, type ReactNode } from "react";
import type { BasicFormField, ComponentSchema } from "@keystatic/core";
import { ActionButton, Button, ButtonGroup } from "@keystar/ui/button";
import { Dialog, DialogContainer, useDialogContainer } from "@keystar/ui/dialog";
import { Icon } from "@keystar/ui/icon";
import { pencilIcon } from "@keystar/ui/icon/icons/pencilIcon";
import { trash2Icon } from "@keystar/ui/icon/icons/trash2Icon";
import { Box, Flex } from "@keystar/ui/layout";
import { Content } from "@keystar/ui/slots";
import { css, tokenSchema } from "@keystar/ui/style";
import { Tooltip, TooltipTrigger } from "@keystar/ui/tooltip";
import { Heading, Text } from "@keystar/ui/typography";
import { currentFacts, useStudioFacts, type StudioFacts } from "./facts.ts";

type Value = Record<string, unknown>;

/** The component's value while its form is open, and as it was when the form opened. */
export interface FormState {
  value: Value;
  initial: Value;
}

/** For fields whose choices depend on another field (the rows of the chosen dataset). */
export const ComponentFormContext = createContext<FormState | undefined>(undefined);

export function useFormState(): FormState | undefined {
  return useContext(ComponentFormContext);
}

/** A form field that can say what is wrong with its value, given the other fields and the facts. */
export type CheckedField<T extends {} | null> = BasicFormField<T> & {
  check(value: T, form: FormState | undefined, facts: StudioFacts | undefined): string | undefined;
};

const isChecked = (field: ComponentSchema): field is CheckedField<{} | null> => "check" in field && typeof field.check === "function";

/** What is wrong with a field's value, in words for the editor; undefined when nothing is. */
function problemOf(field: ComponentSchema, value: unknown, form: FormState): string | undefined {
  if (isChecked(field)) return field.check(value as {} | null, form, currentFacts());
  if (field.kind !== "form") return undefined;
  try {
    (field as BasicFormField<{} | null>).validate(value as {} | null);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

interface FormProps {
  label: string;
  schema: Record<string, ComponentSchema>;
  value: Value;
  onSave(value: Value): void;
}

function ComponentForm({ label, schema, value, onSave }: FormProps) {
  const { dismiss } = useDialogContainer();
  const formId = useId();
  const [state, setState] = useState(value);
  const [forceValidation, setForceValidation] = useState(false);
  const form: FormState = { value: state, initial: value };
  const fields = Object.entries(schema).filter((entry): entry is [string, BasicFormField<{} | null>] => entry[1].kind === "form");
  return h(
    Dialog,
    null,
    h(Heading, null, `${label} bewerken`),
    h(
      Content,
      null,
      h(
        ComponentFormContext.Provider,
        { value: form },
        h(
          Flex,
          {
            id: formId,
            elementType: "form",
            direction: "column",
            gap: "xxlarge",
            onSubmit: (event: { target: unknown; currentTarget: unknown; preventDefault(): void }) => {
              if (event.target !== event.currentTarget) return;
              event.preventDefault();
              if (fields.some(([key, field]) => problemOf(field, state[key], form) !== undefined)) {
                setForceValidation(true);
                return;
              }
              onSave(state);
              dismiss();
            },
          },
          fields.map(([key, field], index) =>
            h(field.Input, {
              key,
              value: state[key] as {} | null,
              onChange: (next: unknown) => setState((current) => ({ ...current, [key]: next })),
              autoFocus: index === 0,
              forceValidation,
            }),
          ),
        ),
      ),
    ),
    h(ButtonGroup, null, h(Button, { onPress: dismiss }, "Annuleren"), h(Button, { form: formId, prominence: "high", type: "submit" }, "Klaar")),
  );
}

export interface ComponentView {
  /** "Figuur", "Getal uit de cijfers". */
  label: string;
  schema: Record<string, ComponentSchema>;
  /** Whether required fields are empty, as right after inserting: then the form opens by itself. */
  incomplete(value: Value): boolean;
  summary(value: Value, facts: StudioFacts | undefined): string;
}

interface ViewProps {
  value: Value;
  onChange(value: Value): void;
  onRemove(): void;
  isSelected: boolean;
}

/** Whether a field of the component holds something that does not exist or is missing. */
function isBroken(view: ComponentView, value: Value, facts: StudioFacts | undefined): boolean {
  if (!facts) return false;
  const form: FormState = { value, initial: value };
  return Object.entries(view.schema).some(([key, field]) => isChecked(field) && field.check(value[key] as {} | null, form, facts) !== undefined);
}

/** The form in its dialog, opened by `open`, or by itself while the component is incomplete. */
function useComponentForm(view: ComponentView, value: Value, onChange: (value: Value) => void) {
  const [isOpen, setOpen] = useState(() => view.incomplete(value));
  const dialog = h(DialogContainer, {
    onDismiss: () => setOpen(false),
    children: isOpen ? h(ComponentForm, { label: view.label, schema: view.schema, value, onSave: onChange }) : null,
  });
  return { open: () => setOpen(true), dialog };
}

/** What the component shows in the text; "klopt niet" where a field holds a mistake. */
const summaryText = (view: ComponentView, value: Value, facts: StudioFacts | undefined, broken: boolean) =>
  `${view.summary(value, facts)}${broken ? " (klopt niet: open om te verbeteren)" : ""}`;

/** The bar over a block or wrapper component: its name, and Bewerken / Verwijderen. */
function componentBar(view: ComponentView, open: () => void, onRemove: () => void, isSelected: boolean): ReactNode {
  return h(
    Flex,
    {
      alignItems: "center",
      backgroundColor: isSelected ? "color.alias.backgroundSelected" : "color.alias.backgroundIdle",
      contentEditable: false,
      gap: "small",
      paddingEnd: "small",
    },
    h(
      Box,
      { flex: 1, paddingX: "regular", paddingY: "small" },
      h(
        Text,
        { UNSAFE_className: css({ textTransform: "uppercase", fontWeight: tokenSchema.typography.fontWeight.semibold, fontSize: "0.9rem" }) },
        view.label,
      ),
    ),
    h(Button, { prominence: "low", onPress: open, "aria-label": `${view.label} bewerken` }, "Bewerken"),
    h(Button, { prominence: "low", onPress: onRemove, "aria-label": `${view.label} verwijderen` }, "Verwijderen"),
  );
}

const frameBorder = (broken: boolean, isSelected: boolean) => (broken ? "critical" : isSelected ? "color.alias.borderSelected" : "color.alias.borderDisabled");

/** What the component shows, marked when a field holds a mistake. */
const summaryLine = (view: ComponentView, value: Value, facts: StudioFacts | undefined, broken: boolean) =>
  h(Text, null, h("span", { className: "wzv-studio-summary", ...(broken ? { "data-broken": "" } : {}) }, summaryText(view, value, facts, broken)));

/** A block component in the text: its name, what it shows, and Bewerken / Verwijderen. */
export function BlockView(view: ComponentView) {
  return function Block({ value, onChange, onRemove, isSelected }: ViewProps): ReactNode {
    const facts = useStudioFacts();
    const { open, dialog } = useComponentForm(view, value, onChange);
    const broken = isBroken(view, value, facts);
    return h(
      Fragment,
      null,
      h(
        Box,
        { border: frameBorder(broken, isSelected), borderRadius: "regular", marginY: "regular" },
        componentBar(view, open, onRemove, isSelected),
        h(Box, { padding: "regular", contentEditable: false }, summaryLine(view, value, facts, broken)),
      ),
      dialog,
    );
  };
}

/** A component around text (<Quote>, the block <OpenPoint>): as a block component, with the text
 * editable under what it shows; its form opens by itself when inserted with a required field empty. */
export function WrapperView(view: ComponentView) {
  return function Wrapper({ value, onChange, onRemove, isSelected, children }: ViewProps & { children: ReactNode }): ReactNode {
    const facts = useStudioFacts();
    const { open, dialog } = useComponentForm(view, value, onChange);
    const broken = isBroken(view, value, facts) || view.incomplete(value);
    return h(
      Fragment,
      null,
      h(
        Box,
        { border: frameBorder(broken, isSelected), borderRadius: "regular", marginY: "regular", UNSAFE_className: "wzv-studio-wrapper" },
        componentBar(view, open, onRemove, isSelected),
        h(Box, { paddingX: "regular", paddingTop: "regular", contentEditable: false }, summaryLine(view, value, facts, broken)),
        h(Box, { padding: "regular", UNSAFE_className: "wzv-studio-wrapped" }, children),
      ),
      dialog,
    );
  };
}

/** An inline component in a sentence: what it shows, in a frame. */
export function InlineView(view: ComponentView) {
  return function Inline({ value, onChange, isSelected }: ViewProps): ReactNode {
    const facts = useStudioFacts();
    const { dialog } = useComponentForm(view, value, onChange);
    const broken = isBroken(view, value, facts);
    return h(
      Fragment,
      null,
      h(
        Box,
        { elementType: "span", border: broken ? "critical" : isSelected ? "color.alias.borderSelected" : "color.alias.borderIdle", borderRadius: "regular", paddingX: "xsmall" },
        h("span", { className: "wzv-studio-summary", ...(broken ? { "data-broken": "" } : {}) }, summaryText(view, value, facts, broken)),
      ),
      dialog,
    );
  };
}

/** The buttons over a selected inline component: edit it in its form, or remove it. */
export function InlineToolbar(view: ComponentView) {
  return function Toolbar({ value, onChange, onRemove }: Omit<ViewProps, "isSelected">): ReactNode {
    const [isOpen, setOpen] = useState(false);
    return h(
      Fragment,
      null,
      h(
        Flex,
        { gap: "regular", padding: "regular" },
        h(
          TooltipTrigger,
          null,
          h(ActionButton, { prominence: "low", onPress: () => setOpen(true), "aria-label": `${view.label} bewerken` }, h(Icon, { src: pencilIcon })),
          h(Tooltip, { children: "Bewerken" }),
        ),
        h(
          TooltipTrigger,
          null,
          h(ActionButton, { prominence: "low", onPress: onRemove, "aria-label": `${view.label} verwijderen` }, h(Icon, { src: trash2Icon })),
          h(Tooltip, { tone: "critical", children: "Verwijderen" }),
        ),
      ),
      h(DialogContainer, {
        onDismiss: () => setOpen(false),
        children: isOpen ? h(ComponentForm, { label: view.label, schema: view.schema, value, onSave: onChange }) : null,
      }),
    );
  };
}
