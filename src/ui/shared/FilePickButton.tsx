/** A button that opens the file chooser for spreadsheets (several at once); the input is cleared so the same file can be picked again. */
export function FilePickButton(props: { label: string; onFiles: (files: File[]) => void; class?: string }) {
  return (
    <label class={props.class ?? 'button'}>
      {props.label}
      <input
        type="file"
        multiple
        class="visually-hidden-file"
        accept=".xlsx,.ods,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          props.onFiles(files);
        }}
      />
    </label>
  );
}
