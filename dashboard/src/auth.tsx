import type { MeResponse } from "@tongshu/shared";
import { createContext, useContext } from "react";

/** The logged-in member and workspace, plus a way back to the login page. */
export interface Auth {
  me: MeResponse;
  /** The session ended (logout, or any call answered 401): show the login page. */
  signedOut: () => void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside the signed-in app");
  return value;
}
