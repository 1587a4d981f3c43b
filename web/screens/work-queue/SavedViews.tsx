import { Button, Label, Select, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { useDeleteView, useSavedViews, useSaveView } from "../../api/requests";
import { ErrorAlert } from "../../components/ErrorAlert";

interface SavedViewsProps {
  /** The list's current query string, without "?": what "Save view" stores. */
  currentQuery: string;
  onApply: (query: string) => void;
}

/** The user's named filters: apply one, delete one, or save the current filters under a name. */
export function SavedViews({ currentQuery, onApply }: SavedViewsProps) {
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [chosen, setChosen] = useState("");
  const [name, setName] = useState("");
  const [message, setMessage] = useState("");
  const list = views.data ?? [];
  const view = list.find((v) => String(v.id) === chosen);

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim() || save.isPending) return;
    save.mutate(
      { name: name.trim(), query: currentQuery },
      {
        onSuccess: (saved) => {
          setMessage(`Saved view "${saved.name}".`);
          setChosen(String(saved.id));
          setName("");
        },
      },
    );
  };

  return (
    <section aria-labelledby="views-heading" className="margin-top-2">
      <h2 id="views-heading" className="margin-bottom-1">
        Saved views
      </h2>
      {views.isError ? <ErrorAlert error={views.error} /> : null}
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <p role="status" className="margin-0">
        {message}
      </p>
      <div className="grid-row grid-gap">
        <div className="grid-col-12 tablet:grid-col-6">
          <Label htmlFor="saved-view">View</Label>
          <Select id="saved-view" name="savedView" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{list.length ? "- Select a view -" : "No saved views yet"}</option>
            {list.map((v) => (
              <option key={v.id} value={String(v.id)}>
                {v.name}
              </option>
            ))}
          </Select>
          <Button
            type="button"
            disabled={!view}
            onClick={() => {
              if (!view) return;
              setMessage(`Showing view "${view.name}".`);
              onApply(view.query);
            }}
          >
            Apply view
          </Button>
          <Button
            type="button"
            outline
            disabled={!view || remove.isPending}
            onClick={() => {
              if (!view) return;
              remove.mutate(view.id, {
                onSuccess: () => {
                  setMessage(`Deleted view "${view.name}".`);
                  setChosen("");
                },
              });
            }}
          >
            Delete view
          </Button>
        </div>
        <form className="grid-col-12 tablet:grid-col-6" onSubmit={onSave}>
          <Label htmlFor="saved-view-name">Save the current filters as</Label>
          <TextInput
            id="saved-view-name"
            name="viewName"
            type="text"
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit" aria-disabled={save.isPending}>
            Save view
          </Button>
        </form>
      </div>
    </section>
  );
}
