import { IMPORT_FORMAT_IDS } from "@tongshu/shared";
import { type DragEvent, useId, useRef, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { joinNames } from "./import-preview.ts";

/**
 * Where a file comes in: dropped on the zone or picked with 选择文件 (the keyboard route). Old
 * .xls files are accepted too, so they get the reader's clear "save it as .xlsx" message.
 */
export function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const { t, locale } = useI18n();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hold = (event: DragEvent) => {
    event.preventDefault();
    setOver(true);
  };
  return (
    <section
      className={`im-drop${over ? " im-drop--over" : ""}`}
      aria-label={t("imports.drop.label")}
      data-testid="import-drop"
      onDragEnter={hold}
      onDragOver={hold}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <p className="im-drop__title">{over ? t("imports.drop.active") : t("imports.drop.title")}</p>
      <p className="muted" id={hintId}>
        {t("imports.drop.hint")}
      </p>
      <button
        type="button"
        className="button button--primary"
        aria-describedby={hintId}
        onClick={() => input.current?.click()}
        data-testid="import-choose"
      >
        {t("imports.drop.choose")}
      </button>
      <p className="im-drop__formats">
        {t("imports.preview.supported", {
          list: joinNames(
            IMPORT_FORMAT_IDS.map((id) => t(`imports.format.${id}`)),
            locale,
          ),
        })}
      </p>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx,.xls,.txt"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("imports.drop.label")}
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) still fires a change.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </section>
  );
}
