-- wrk script of the baseline phase of scripts/load.sh: the static request given on wrk's command line
-- (URL and -H headers), with common.lua's counting by status and JSON figures.
--   LOAD_DIR=scripts/harness/load LOAD_PHASE=hello LOAD_RESULT=out.json wrk -s get.lua URL
dofile(os.getenv("LOAD_DIR") .. "/common.lua")
