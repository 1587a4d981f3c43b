import { Alert, Button } from "@trussworks/react-uswds";
import { useEffect, useRef } from "react";
import type { InteractionView } from "../../../common/contracts/interactions.js";
import { useArticle, useRecordAnswer } from "../../api/console";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { Markdown } from "./Markdown";

interface ArticlePanelProps {
  articleId: number;
  interaction: InteractionView;
  onUpdated: (interaction: InteractionView) => void;
}

/** A knowledge-base article: the public answer to read, the internal notes, and "Answered from this article". */
export function ArticlePanel({ articleId, interaction, onUpdated }: ArticlePanelProps) {
  const article = useArticle(articleId);
  const answer = useRecordAnswer();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answered = interaction.articles.some((a) => a.id === articleId);
  const loaded = article.data !== undefined;

  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  if (article.isPending) return <Loading label="Loading the article…" />;
  if (article.isError) return <ErrorAlert error={article.error} />;
  const a = article.data;

  const onAnswered = () => {
    if (answer.isPending) return;
    answer.mutate({ id: interaction.id, articleId }, { onSuccess: onUpdated });
  };

  return (
    <article aria-labelledby="console-article-heading" className="console-panel">
      <h2 id="console-article-heading" ref={headingRef} tabIndex={-1}>
        {a.title}
      </h2>
      <h3 className="font-body-sm">Public answer</h3>
      <Markdown source={a.publicAnswer} />
      {a.internalNotes ? (
        <>
          <h3 className="font-body-sm">Internal notes</h3>
          <div className="bg-base-lightest padding-2 radius-md">
            <Markdown source={a.internalNotes} />
          </div>
        </>
      ) : null}
      {a.department ? (
        <p className="font-body-xs">
          Department: {a.department.name}
          {a.department.phone ? `, ${a.department.phone}` : ""}
          {a.department.hours ? ` (${a.department.hours})` : ""}
        </p>
      ) : null}
      {a.agency ? (
        <p className="font-body-xs">
          Agency: {a.agency.name}
          {a.agency.phone ? `, ${a.agency.phone}` : ""}
        </p>
      ) : null}
      {answer.isError ? <ErrorAlert error={answer.error} /> : null}
      <div role="status">
        {answered ? (
          <Alert type="success" headingLevel="h3" slim>
            Recorded: the caller was answered from “{a.title}”.
          </Alert>
        ) : null}
      </div>
      <Button type="button" onClick={onAnswered} aria-disabled={answer.isPending || answered}>
        {answer.isPending ? "Recording…" : "Answered from this article"}
      </Button>
    </article>
  );
}
