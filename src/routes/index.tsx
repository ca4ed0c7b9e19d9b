import { createFileRoute } from "@tanstack/react-router";
import { HomePage } from "../search/home-page";

export const Route = createFileRoute("/")({ component: HomePage });
