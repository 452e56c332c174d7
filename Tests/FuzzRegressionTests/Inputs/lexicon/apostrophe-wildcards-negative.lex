@narrative n
@title T
@description D
@threshold 0.5
1 eu’s wars
2 mi* cr*
-1 so-called hybrid
