import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/principle-badge/principle-badge.js';

const meta: Meta = {
  title: 'Elements/Principle badge',
  component: 'ccin-principle-badge',
  args: { principle: 'co-production', variant: 'label', size: 'medium' },
  render: (args) => html`<ccin-principle-badge principle=${args.principle} variant=${args.variant} size=${args.size}></ccin-principle-badge>`,
};
export default meta;

export const Label: StoryObj = {};
