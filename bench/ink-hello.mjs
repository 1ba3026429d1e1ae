// The baseline for the tutor's first frame: a bare Ink hello-world.
import React from "react";
import { render, Text } from "ink";

const app = render(React.createElement(Text, null, "hello"));
setTimeout(() => app.unmount(), 200);
