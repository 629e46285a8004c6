import type { ReactNode } from "react";
import type { Resource } from "../use-resource.ts";
import { ErrorState, LoadingState } from "./load-states.tsx";

interface AsyncViewProps<T> {
  resource: Resource<T>;
  retry: () => void;
  children: (data: T) => ReactNode;
}

/** Loading, error with retry, or the data: every page shows the same three states. */
export function AsyncView<T>({ resource, retry, children }: AsyncViewProps<T>) {
  if (resource.status === "loading") return <LoadingState />;
  if (resource.status === "error") return <ErrorState error={resource.error} onRetry={retry} />;
  return <>{children(resource.data)}</>;
}
