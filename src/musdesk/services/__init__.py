"""The rules of the MUS process, Qt-free. Each public function is one transaction."""
