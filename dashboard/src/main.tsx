import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { I18nProvider } from "./i18n/i18n-context.tsx";
import { RouterProvider } from "./router.tsx";
import "./styles/base.css";
import "./styles/shell.css";
import "./styles/content.css";
import "./styles/states.css";
import "./styles/login.css";
import "./styles/reports.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider>
        <App />
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);
