import type { ReactNode } from 'react';

export const metadata = { title: 'Patient portal · Next 16' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
